package warm
import (
  _ "github.com/ethereum/go-ethereum/ethclient/simulated"
  _ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
  _ "github.com/xuri/excelize/v2"
  _ "github.com/urfave/cli/v2"
)
