// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LyingSharesMetaData contains all meta data concerning the LyingShares contract.
var LyingSharesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"lie\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LyingShares",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280600c81526020016b4c79696e672053686172657360a01b815250604051806040016040528060038152602001624c494560e81b81525081600390816100609190610118565b50600461006d8282610118565b5050506101d6565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009d57607f821691505b6020821081036100bb57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610113578282111561011357805f5260205f20601f840160051c60208510156100ec57505f5b90810190601f840160051c035f5b8181101561010f575f838201556001016100fa565b5050505b505050565b81516001600160401b0381111561013157610131610075565b6101458161013f8454610089565b846100c1565b6020601f821160018114610177575f83156101605750848201515b5f19600385901b1c1916600184901b1784556101cf565b5f84815260208120601f198516915b828110156101a65787850151825560209485019460019092019101610186565b50848210156101c357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6107d3806101e35f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80633b0716da1161006e5780633b0716da1461011f57806340c10f191461016057806370a082311461017357806395d89b4114610186578063a9059cbb1461018e578063dd62ed3e146101a1575f5ffd5b806306fdde03146100aa578063095ea7b3146100c857806318160ddd146100eb57806323b872dd146100fd578063313ce56714610110575b5f5ffd5b6100b26101d9565b6040516100bf9190610643565b60405180910390f35b6100db6100d6366004610693565b610269565b60405190151581526020016100bf565b6002545b6040519081526020016100bf565b6100db61010b3660046106bb565b610282565b604051601281526020016100bf565b61015e61012d366004610693565b6001600160a01b039091165f908152600560209081526040808320939093556006905220805460ff19166001179055565b005b61015e61016e366004610693565b6102a5565b6100ef6101813660046106f5565b6102b3565b6100b261030b565b6100db61019c366004610693565b61031a565b6100ef6101af366004610715565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101e890610746565b80601f016020809104026020016040519081016040528092919081815260200182805461021490610746565b801561025f5780601f106102365761010080835404028352916020019161025f565b820191905f5260205f20905b81548152906001019060200180831161024257829003601f168201915b5050505050905090565b5f33610276818585610327565b60019150505b92915050565b5f3361028f858285610339565b61029a8585856103ba565b506001949350505050565b6102af8282610417565b5050565b6001600160a01b0381165f9081526006602052604081205460ff16156102ee57506001600160a01b03165f9081526005602052604090205490565b6001600160a01b0382165f9081526020819052604090205461027c565b6060600480546101e890610746565b5f336102768185856103ba565b610334838383600161044b565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156103b457818110156103a657604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b6103b484848484035f61044b565b50505050565b6001600160a01b0383166103e357604051634b637e8f60e11b81525f600482015260240161039d565b6001600160a01b03821661040c5760405163ec442f0560e01b81525f600482015260240161039d565b61033483838361051d565b6001600160a01b0382166104405760405163ec442f0560e01b81525f600482015260240161039d565b6102af5f838361051d565b6001600160a01b0384166104745760405163e602df0560e01b81525f600482015260240161039d565b6001600160a01b03831661049d57604051634a1406b160e11b81525f600482015260240161039d565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156103b457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161050f91815260200190565b60405180910390a350505050565b6001600160a01b038316610547578060025f82825461053c919061077e565b909155506105b79050565b6001600160a01b0383165f90815260208190526040902054818110156105995760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161039d565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166105d3576002805482900390556105f1565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161063691815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461068e575f5ffd5b919050565b5f5f604083850312156106a4575f5ffd5b6106ad83610678565b946020939093013593505050565b5f5f5f606084860312156106cd575f5ffd5b6106d684610678565b92506106e460208501610678565b929592945050506040919091013590565b5f60208284031215610705575f5ffd5b61070e82610678565b9392505050565b5f5f60408385031215610726575f5ffd5b61072f83610678565b915061073d60208401610678565b90509250929050565b600181811c9082168061075a57607f821691505b60208210810361077857634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561027c57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220b6acccbfcd8b85afc4d06eba9623e53ac90850750a31c9d17d1da0aa4f9224de64736f6c63430008250033",
}

// LyingShares is an auto generated Go binding around an Ethereum contract.
type LyingShares struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LyingShares) GetABI() abi.ABI {
	return c.abi
}

// NewLyingShares creates a new instance of LyingShares.
func NewLyingShares() *LyingShares {
	parsed, err := LyingSharesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LyingShares{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LyingShares) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (lyingShares *LyingShares) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := lyingShares.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (lyingShares *LyingShares) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return lyingShares.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (lyingShares *LyingShares) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := lyingShares.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lyingShares *LyingShares) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := lyingShares.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lyingShares *LyingShares) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return lyingShares.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (lyingShares *LyingShares) UnpackApprove(data []byte) (bool, error) {
	out, err := lyingShares.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (lyingShares *LyingShares) PackBalanceOf(account common.Address) []byte {
	enc, err := lyingShares.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (lyingShares *LyingShares) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return lyingShares.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (lyingShares *LyingShares) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := lyingShares.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (lyingShares *LyingShares) PackDecimals() []byte {
	enc, err := lyingShares.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (lyingShares *LyingShares) TryPackDecimals() ([]byte, error) {
	return lyingShares.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (lyingShares *LyingShares) UnpackDecimals(data []byte) (uint8, error) {
	out, err := lyingShares.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackLie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b0716da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lie(address account, uint256 amount) returns()
func (lyingShares *LyingShares) PackLie(account common.Address, amount *big.Int) []byte {
	enc, err := lyingShares.abi.Pack("lie", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b0716da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lie(address account, uint256 amount) returns()
func (lyingShares *LyingShares) TryPackLie(account common.Address, amount *big.Int) ([]byte, error) {
	return lyingShares.abi.Pack("lie", account, amount)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (lyingShares *LyingShares) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := lyingShares.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (lyingShares *LyingShares) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return lyingShares.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (lyingShares *LyingShares) PackName() []byte {
	enc, err := lyingShares.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (lyingShares *LyingShares) TryPackName() ([]byte, error) {
	return lyingShares.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (lyingShares *LyingShares) UnpackName(data []byte) (string, error) {
	out, err := lyingShares.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (lyingShares *LyingShares) PackSymbol() []byte {
	enc, err := lyingShares.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (lyingShares *LyingShares) TryPackSymbol() ([]byte, error) {
	return lyingShares.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (lyingShares *LyingShares) UnpackSymbol(data []byte) (string, error) {
	out, err := lyingShares.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (lyingShares *LyingShares) PackTotalSupply() []byte {
	enc, err := lyingShares.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (lyingShares *LyingShares) TryPackTotalSupply() ([]byte, error) {
	return lyingShares.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (lyingShares *LyingShares) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := lyingShares.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lyingShares *LyingShares) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := lyingShares.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lyingShares *LyingShares) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return lyingShares.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (lyingShares *LyingShares) UnpackTransfer(data []byte) (bool, error) {
	out, err := lyingShares.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lyingShares *LyingShares) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := lyingShares.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lyingShares *LyingShares) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return lyingShares.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (lyingShares *LyingShares) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := lyingShares.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// LyingSharesApproval represents a Approval event raised by the LyingShares contract.
type LyingSharesApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LyingSharesApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LyingSharesApproval) ContractEventName() string {
	return LyingSharesApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (lyingShares *LyingShares) UnpackApprovalEvent(log *types.Log) (*LyingSharesApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lyingShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LyingSharesApproval)
	if len(log.Data) > 0 {
		if err := lyingShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lyingShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LyingSharesTransfer represents a Transfer event raised by the LyingShares contract.
type LyingSharesTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LyingSharesTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LyingSharesTransfer) ContractEventName() string {
	return LyingSharesTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (lyingShares *LyingShares) UnpackTransferEvent(log *types.Log) (*LyingSharesTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lyingShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LyingSharesTransfer)
	if len(log.Data) > 0 {
		if err := lyingShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lyingShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (lyingShares *LyingShares) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lyingShares.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return lyingShares.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lyingShares.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return lyingShares.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lyingShares.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return lyingShares.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], lyingShares.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return lyingShares.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], lyingShares.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return lyingShares.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], lyingShares.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return lyingShares.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LyingSharesERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the LyingShares contract.
type LyingSharesERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func LyingSharesERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (lyingShares *LyingShares) UnpackERC20InsufficientAllowanceError(raw []byte) (*LyingSharesERC20InsufficientAllowance, error) {
	out := new(LyingSharesERC20InsufficientAllowance)
	if err := lyingShares.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LyingSharesERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the LyingShares contract.
type LyingSharesERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func LyingSharesERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (lyingShares *LyingShares) UnpackERC20InsufficientBalanceError(raw []byte) (*LyingSharesERC20InsufficientBalance, error) {
	out := new(LyingSharesERC20InsufficientBalance)
	if err := lyingShares.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LyingSharesERC20InvalidApprover represents a ERC20InvalidApprover error raised by the LyingShares contract.
type LyingSharesERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func LyingSharesERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (lyingShares *LyingShares) UnpackERC20InvalidApproverError(raw []byte) (*LyingSharesERC20InvalidApprover, error) {
	out := new(LyingSharesERC20InvalidApprover)
	if err := lyingShares.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LyingSharesERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the LyingShares contract.
type LyingSharesERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func LyingSharesERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (lyingShares *LyingShares) UnpackERC20InvalidReceiverError(raw []byte) (*LyingSharesERC20InvalidReceiver, error) {
	out := new(LyingSharesERC20InvalidReceiver)
	if err := lyingShares.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LyingSharesERC20InvalidSender represents a ERC20InvalidSender error raised by the LyingShares contract.
type LyingSharesERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func LyingSharesERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (lyingShares *LyingShares) UnpackERC20InvalidSenderError(raw []byte) (*LyingSharesERC20InvalidSender, error) {
	out := new(LyingSharesERC20InvalidSender)
	if err := lyingShares.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LyingSharesERC20InvalidSpender represents a ERC20InvalidSpender error raised by the LyingShares contract.
type LyingSharesERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func LyingSharesERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (lyingShares *LyingShares) UnpackERC20InvalidSpenderError(raw []byte) (*LyingSharesERC20InvalidSpender, error) {
	out := new(LyingSharesERC20InvalidSpender)
	if err := lyingShares.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
