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

// CodeSizesMetaData contains all meta data concerning the CodeSizes contract.
var CodeSizesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"}]",
	ID:  "CodeSizes",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161024438038061024483398101604081905261002e91610123565b5f81516001600160401b03811115610048576100486100f4565b604051908082528060200260200182016040528015610071578160200160208202803683370190505b5090505f5b82518110156100c857828181518110610091576100916101ed565b60200260200101516001600160a01b03163b8282815181106100b5576100b56101ed565b6020908102919091010152600101610076565b505f816040516020016100db9190610201565b6040516020818303038152906040529050805160208201f35b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461011e575f5ffd5b919050565b5f60208284031215610133575f5ffd5b81516001600160401b03811115610148575f5ffd5b8201601f81018413610158575f5ffd5b80516001600160401b03811115610171576101716100f4565b604051600582901b90603f8201601f191681016001600160401b038111828210171561019f5761019f6100f4565b6040529182526020818401810192908101878411156101bc575f5ffd5b6020850194505b838510156101e2576101d485610108565b8152602094850194016101c3565b509695505050505050565b634e487b7160e01b5f52603260045260245ffd5b602080825282518282018190525f918401906040840190835b8181101561023857835183526020938401939092019160010161021a565b50909594505050505056fe",
}

// CodeSizes is an auto generated Go binding around an Ethereum contract.
type CodeSizes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CodeSizes) GetABI() abi.ABI {
	return c.abi
}

// NewCodeSizes creates a new instance of CodeSizes.
func NewCodeSizes() *CodeSizes {
	parsed, err := CodeSizesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CodeSizes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CodeSizes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[] accounts) returns()
func (codeSizes *CodeSizes) PackConstructor(accounts []common.Address) []byte {
	enc, err := codeSizes.abi.Pack("", accounts)
	if err != nil {
		panic(err)
	}
	return enc
}
