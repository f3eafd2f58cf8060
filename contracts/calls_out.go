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

// CallsOutMetaData contains all meta data concerning the CallsOut contract.
var CallsOutMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRewards\",\"name\":\"r\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewards\",\"outputs\":[{\"internalType\":\"contractIRewards\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stopRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CallsOut",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610daa380380610daa83398101604081905261002e916102b9565b806040518060400160405280600981526020016810d85b1b1cc813dd5d60ba1b8152506040518060400160405280600481526020016310d3d55560e21b815250816003908161007d9190610394565b50600461008a8282610394565b5050506001600160a01b0381166100bb57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100c4816100f3565b50600680546001600160a01b0319166001600160a01b0384161790556100ec816103e8610144565b5050610477565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03821661016d5760405163ec442f0560e01b81525f60048201526024016100b2565b6101785f838361017c565b5050565b6001600160a01b0383166101a6578060025f82825461019b9190610452565b909155506102169050565b6001600160a01b0383165f90815260208190526040902054818110156101f85760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100b2565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661023257600280548290039055610250565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161029591815260200190565b60405180910390a3505050565b6001600160a01b03811681146102b6575f5ffd5b50565b5f5f604083850312156102ca575f5ffd5b82516102d5816102a2565b60208401519092506102e6816102a2565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061031957607f821691505b60208210810361033757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561038f578282111561038f57805f5260205f20601f840160051c602085101561036857505f5b90810190601f840160051c035f5b8181101561038b575f83820155600101610376565b5050505b505050565b81516001600160401b038111156103ad576103ad6102f1565b6103c1816103bb8454610305565b8461033d565b6020601f8211600181146103f3575f83156103dc5750848201515b5f19600385901b1c1916600184901b17845561044b565b5f84815260208120601f198516915b828110156104225787850151825560209485019460019092019101610402565b508482101561043f57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8082018082111561047157634e487b7160e01b5f52601160045260245ffd5b92915050565b610926806104845f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063715018a6116100935780639ec5a894116100635780639ec5a894146101d8578063a9059cbb146101eb578063dd62ed3e146101fe578063f2fde38b14610236575f5ffd5b8063715018a61461019b578063797008c6146101a35780638da5cb5b146101ab57806395d89b41146101d0575f5ffd5b806323b872dd116100ce57806323b872dd14610147578063313ce5671461015a5780634e71d92d1461016957806370a0823114610173575f5ffd5b806306fdde03146100f4578063095ea7b31461011257806318160ddd14610135575b5f5ffd5b6100fc610249565b6040516101099190610796565b60405180910390f35b6101256101203660046107e6565b6102d9565b6040519015158152602001610109565b6002545b604051908152602001610109565b61012561015536600461080e565b6102f2565b60405160128152602001610109565b610171610315565b005b610139610181366004610848565b6001600160a01b03165f9081526020819052604090205490565b610171610376565b610171610389565b6005546001600160a01b03165b6040516001600160a01b039091168152602001610109565b6100fc6103dd565b6006546101b8906001600160a01b031681565b6101256101f93660046107e6565b6103ec565b61013961020c366004610868565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b610171610244366004610848565b6103f9565b60606003805461025890610899565b80601f016020809104026020016040519081016040528092919081815260200182805461028490610899565b80156102cf5780601f106102a6576101008083540402835291602001916102cf565b820191905f5260205f20905b8154815290600101906020018083116102b257829003601f168201915b5050505050905090565b5f336102e681858561043b565b60019150505b92915050565b5f336102ff85828561044d565b61030a8585856104c3565b506001949350505050565b6006546040516340c10f1960e01b8152336004820152600160248201526001600160a01b03909116906340c10f19906044015f604051808303815f87803b15801561035e575f5ffd5b505af1158015610370573d5f5f3e3d5ffd5b50505050565b61037e610520565b6103875f61054d565b565b610391610520565b60065f9054906101000a90046001600160a01b03166001600160a01b0316638456cb596040518163ffffffff1660e01b81526004015f604051808303815f87803b15801561035e575f5ffd5b60606004805461025890610899565b5f336102e68185856104c3565b610401610520565b6001600160a01b03811661042f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6104388161054d565b50565b610448838383600161059e565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561037057818110156104b557604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610426565b61037084848484035f61059e565b6001600160a01b0383166104ec57604051634b637e8f60e11b81525f6004820152602401610426565b6001600160a01b0382166105155760405163ec442f0560e01b81525f6004820152602401610426565b610448838383610670565b6005546001600160a01b031633146103875760405163118cdaa760e01b8152336004820152602401610426565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0384166105c75760405163e602df0560e01b81525f6004820152602401610426565b6001600160a01b0383166105f057604051634a1406b160e11b81525f6004820152602401610426565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561037057826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161066291815260200190565b60405180910390a350505050565b6001600160a01b03831661069a578060025f82825461068f91906108d1565b9091555061070a9050565b6001600160a01b0383165f90815260208190526040902054818110156106ec5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610426565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661072657600280548290039055610744565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161078991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107e1575f5ffd5b919050565b5f5f604083850312156107f7575f5ffd5b610800836107cb565b946020939093013593505050565b5f5f5f60608486031215610820575f5ffd5b610829846107cb565b9250610837602085016107cb565b929592945050506040919091013590565b5f60208284031215610858575f5ffd5b610861826107cb565b9392505050565b5f5f60408385031215610879575f5ffd5b610882836107cb565b9150610890602084016107cb565b90509250929050565b600181811c908216806108ad57607f821691505b6020821081036108cb57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102ec57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220d30000dd5d5ab06e3a982d9cd45793d729e7fee4de1ce29f299131c48f90caac64736f6c63430008250033",
}

// CallsOut is an auto generated Go binding around an Ethereum contract.
type CallsOut struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CallsOut) GetABI() abi.ABI {
	return c.abi
}

// NewCallsOut creates a new instance of CallsOut.
func NewCallsOut() *CallsOut {
	parsed, err := CallsOutMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CallsOut{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CallsOut) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address r, address initialOwner) returns()
func (callsOut *CallsOut) PackConstructor(r common.Address, initialOwner common.Address) []byte {
	enc, err := callsOut.abi.Pack("", r, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (callsOut *CallsOut) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := callsOut.abi.Pack("allowance", owner, spender)
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
func (callsOut *CallsOut) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return callsOut.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (callsOut *CallsOut) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := callsOut.abi.Unpack("allowance", data)
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
func (callsOut *CallsOut) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := callsOut.abi.Pack("approve", spender, value)
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
func (callsOut *CallsOut) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return callsOut.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (callsOut *CallsOut) UnpackApprove(data []byte) (bool, error) {
	out, err := callsOut.abi.Unpack("approve", data)
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
func (callsOut *CallsOut) PackBalanceOf(account common.Address) []byte {
	enc, err := callsOut.abi.Pack("balanceOf", account)
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
func (callsOut *CallsOut) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return callsOut.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (callsOut *CallsOut) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := callsOut.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (callsOut *CallsOut) PackClaim() []byte {
	enc, err := callsOut.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (callsOut *CallsOut) TryPackClaim() ([]byte, error) {
	return callsOut.abi.Pack("claim")
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (callsOut *CallsOut) PackDecimals() []byte {
	enc, err := callsOut.abi.Pack("decimals")
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
func (callsOut *CallsOut) TryPackDecimals() ([]byte, error) {
	return callsOut.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (callsOut *CallsOut) UnpackDecimals(data []byte) (uint8, error) {
	out, err := callsOut.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (callsOut *CallsOut) PackName() []byte {
	enc, err := callsOut.abi.Pack("name")
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
func (callsOut *CallsOut) TryPackName() ([]byte, error) {
	return callsOut.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (callsOut *CallsOut) UnpackName(data []byte) (string, error) {
	out, err := callsOut.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (callsOut *CallsOut) PackOwner() []byte {
	enc, err := callsOut.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (callsOut *CallsOut) TryPackOwner() ([]byte, error) {
	return callsOut.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (callsOut *CallsOut) UnpackOwner(data []byte) (common.Address, error) {
	out, err := callsOut.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (callsOut *CallsOut) PackRenounceOwnership() []byte {
	enc, err := callsOut.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (callsOut *CallsOut) TryPackRenounceOwnership() ([]byte, error) {
	return callsOut.abi.Pack("renounceOwnership")
}

// PackRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ec5a894.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewards() view returns(address)
func (callsOut *CallsOut) PackRewards() []byte {
	enc, err := callsOut.abi.Pack("rewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ec5a894.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewards() view returns(address)
func (callsOut *CallsOut) TryPackRewards() ([]byte, error) {
	return callsOut.abi.Pack("rewards")
}

// UnpackRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (callsOut *CallsOut) UnpackRewards(data []byte) (common.Address, error) {
	out, err := callsOut.abi.Unpack("rewards", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStopRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x797008c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stopRewards() returns()
func (callsOut *CallsOut) PackStopRewards() []byte {
	enc, err := callsOut.abi.Pack("stopRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStopRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x797008c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stopRewards() returns()
func (callsOut *CallsOut) TryPackStopRewards() ([]byte, error) {
	return callsOut.abi.Pack("stopRewards")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (callsOut *CallsOut) PackSymbol() []byte {
	enc, err := callsOut.abi.Pack("symbol")
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
func (callsOut *CallsOut) TryPackSymbol() ([]byte, error) {
	return callsOut.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (callsOut *CallsOut) UnpackSymbol(data []byte) (string, error) {
	out, err := callsOut.abi.Unpack("symbol", data)
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
func (callsOut *CallsOut) PackTotalSupply() []byte {
	enc, err := callsOut.abi.Pack("totalSupply")
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
func (callsOut *CallsOut) TryPackTotalSupply() ([]byte, error) {
	return callsOut.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (callsOut *CallsOut) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := callsOut.abi.Unpack("totalSupply", data)
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
func (callsOut *CallsOut) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := callsOut.abi.Pack("transfer", to, value)
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
func (callsOut *CallsOut) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return callsOut.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (callsOut *CallsOut) UnpackTransfer(data []byte) (bool, error) {
	out, err := callsOut.abi.Unpack("transfer", data)
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
func (callsOut *CallsOut) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := callsOut.abi.Pack("transferFrom", from, to, value)
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
func (callsOut *CallsOut) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return callsOut.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (callsOut *CallsOut) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := callsOut.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (callsOut *CallsOut) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := callsOut.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (callsOut *CallsOut) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return callsOut.abi.Pack("transferOwnership", newOwner)
}

// CallsOutApproval represents a Approval event raised by the CallsOut contract.
type CallsOutApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CallsOutApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CallsOutApproval) ContractEventName() string {
	return CallsOutApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (callsOut *CallsOut) UnpackApprovalEvent(log *types.Log) (*CallsOutApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != callsOut.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CallsOutApproval)
	if len(log.Data) > 0 {
		if err := callsOut.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range callsOut.abi.Events[event].Inputs {
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

// CallsOutOwnershipTransferred represents a OwnershipTransferred event raised by the CallsOut contract.
type CallsOutOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CallsOutOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CallsOutOwnershipTransferred) ContractEventName() string {
	return CallsOutOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (callsOut *CallsOut) UnpackOwnershipTransferredEvent(log *types.Log) (*CallsOutOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != callsOut.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CallsOutOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := callsOut.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range callsOut.abi.Events[event].Inputs {
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

// CallsOutTransfer represents a Transfer event raised by the CallsOut contract.
type CallsOutTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CallsOutTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CallsOutTransfer) ContractEventName() string {
	return CallsOutTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (callsOut *CallsOut) UnpackTransferEvent(log *types.Log) (*CallsOutTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != callsOut.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CallsOutTransfer)
	if len(log.Data) > 0 {
		if err := callsOut.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range callsOut.abi.Events[event].Inputs {
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
func (callsOut *CallsOut) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], callsOut.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return callsOut.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return callsOut.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return callsOut.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return callsOut.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return callsOut.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return callsOut.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return callsOut.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], callsOut.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return callsOut.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CallsOutERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CallsOut contract.
type CallsOutERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CallsOutERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (callsOut *CallsOut) UnpackERC20InsufficientAllowanceError(raw []byte) (*CallsOutERC20InsufficientAllowance, error) {
	out := new(CallsOutERC20InsufficientAllowance)
	if err := callsOut.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CallsOut contract.
type CallsOutERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CallsOutERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (callsOut *CallsOut) UnpackERC20InsufficientBalanceError(raw []byte) (*CallsOutERC20InsufficientBalance, error) {
	out := new(CallsOutERC20InsufficientBalance)
	if err := callsOut.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CallsOut contract.
type CallsOutERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CallsOutERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (callsOut *CallsOut) UnpackERC20InvalidApproverError(raw []byte) (*CallsOutERC20InvalidApprover, error) {
	out := new(CallsOutERC20InvalidApprover)
	if err := callsOut.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CallsOut contract.
type CallsOutERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CallsOutERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (callsOut *CallsOut) UnpackERC20InvalidReceiverError(raw []byte) (*CallsOutERC20InvalidReceiver, error) {
	out := new(CallsOutERC20InvalidReceiver)
	if err := callsOut.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutERC20InvalidSender represents a ERC20InvalidSender error raised by the CallsOut contract.
type CallsOutERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CallsOutERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (callsOut *CallsOut) UnpackERC20InvalidSenderError(raw []byte) (*CallsOutERC20InvalidSender, error) {
	out := new(CallsOutERC20InvalidSender)
	if err := callsOut.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CallsOut contract.
type CallsOutERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CallsOutERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (callsOut *CallsOut) UnpackERC20InvalidSpenderError(raw []byte) (*CallsOutERC20InvalidSpender, error) {
	out := new(CallsOutERC20InvalidSpender)
	if err := callsOut.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CallsOut contract.
type CallsOutOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CallsOutOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (callsOut *CallsOut) UnpackOwnableInvalidOwnerError(raw []byte) (*CallsOutOwnableInvalidOwner, error) {
	out := new(CallsOutOwnableInvalidOwner)
	if err := callsOut.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CallsOutOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CallsOut contract.
type CallsOutOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CallsOutOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (callsOut *CallsOut) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CallsOutOwnableUnauthorizedAccount, error) {
	out := new(CallsOutOwnableUnauthorizedAccount)
	if err := callsOut.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
